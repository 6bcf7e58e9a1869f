package textnorm

// radicalFold maps the CJK radicals supplement U+2E80–U+2EF3 to the
// ideograph whose glyph the radical is, indexed by r-0x2E80; zero means
// "unchanged". Japanese PDF fonts map some kanji glyphs to these radicals
// (長 to ⻑ U+2ED1), so text extracted from them carries the radical. Only
// radicals that stand for one ideograph are mapped (NFKC gives ⺟ → 母 and
// ⻳ → 龟; the others are not decomposed by Unicode and follow their
// names: CIVILIAN ⺠ → 民, LONG ONE ⻑ → 長, BLUE ⻘ → 青, …). Component
// forms such as the top of 竹 (⺮) have no ideograph and stay. The
// entries marked IPAexGothic are the radicals that font draws with the
// glyph of an ideograph (its cmap maps both code points to one glyph):
// Chromium and wkhtmltopdf write the lower code point, the radical, into
// the ToUnicode map, so 巳 prints and reads back as ⺒
// (scripts/producer-sweep.sh, 2024-000342). Every such pair of the font
// is here (TestRadicalsIPAexGothic).
// kangxiDoor and kangxiBlack are the two Kangxi radicals that Japanese
// fonts draw as the shinjitai 戸 and 黒, not as their NFKC forms 戶
// U+6236 and 黑 U+9ED1: IPAexGothic maps ⼾ U+2F3E to the glyph of 戸
// U+6238 and ⿊ U+2FCA to that of 黒 U+9ED2, so a PDF whose ToUnicode
// names the radical (Chromium, wkhtmltopdf) printed 戸 or 黒 — 神戸,
// 黒部 — and must read back so (TestRadicalsIPAexGothic).
const (
	kangxiDoor  = 0x2F3E
	kangxiBlack = 0x2FCA
)

var radicalFold = [0x74]rune{
	0x03: 0x4E5A,  // ⺃ SECOND TWO → 乚 (IPAexGothic)
	0x05: 0x4EBB,  // ⺅ PERSON → 亻
	0x07: 0x20628, // ⺇ TABLE → 𠘨 (IPAexGothic)
	0x09: 0x5202,  // ⺉ KNIFE TWO → 刂
	0x0E: 0x5140,  // ⺎ LAME ONE → 兀 (IPAexGothic)
	0x0F: 0x5C23,  // ⺏ LAME TWO → 尣 (IPAexGothic)
	0x10: 0x5C22,  // ⺐ LAME THREE → 尢 (IPAexGothic)
	0x12: 0x5DF3,  // ⺒ SNAKE → 巳 (IPAexGothic)
	0x13: 0x5E7A,  // ⺓ THREAD → 幺 (IPAexGothic)
	0x14: 0x5F51,  // ⺔ SNOUT ONE → 彑 (IPAexGothic)
	0x16: 0x5FC4,  // ⺖ HEART ONE → 忄
	0x17: 0x38FA,  // ⺗ HEART TWO → 㣺 (IPAexGothic)
	0x18: 0x624C,  // ⺘ HAND → 扌
	0x19: 0x6535,  // ⺙ RAP → 攵 (IPAexGothic)
	0x1B: 0x65E1,  // ⺛ CHOKE → 旡 (IPAexGothic)
	0x1D: 0x6708,  // ⺝ MOON → 月
	0x1E: 0x6B7A,  // ⺞ DEATH → 歺 (IPAexGothic)
	0x1F: 0x6BCD,  // ⺟ MOTHER → 母 (NFKC)
	0x20: 0x6C11,  // ⺠ CIVILIAN → 民
	0x21: 0x6C35,  // ⺡ WATER ONE → 氵
	0x23: 0x706C,  // ⺣ FIRE → 灬
	0x24: 0x722B,  // ⺤ PAW ONE → 爫 (IPAexGothic)
	0x26: 0x4E2C,  // ⺦ SIMPLIFIED HALF TREE TRUNK → 丬 (IPAexGothic)
	0x28: 0x72AD,  // ⺨ DOG → 犭 (IPAexGothic)
	0x29: 0x738B,  // ⺩ JADE → 王
	0x2A: 0x24D14, // ⺪ BOLT OF CLOTH → 𤴔 (IPAexGothic)
	0x2B: 0x7F52,  // ⺫ EYE → 罒 (IPAexGothic)
	0x2C: 0x793A,  // ⺬ SPIRIT ONE → 示
	0x2D: 0x793B,  // ⺭ SPIRIT TWO → 礻
	0x2F: 0x7CF8,  // ⺯ SILK → 糸
	0x32: 0x7F52,  // ⺲ NET TWO → 罒 (IPAexGothic)
	0x39: 0x8002,  // ⺹ OLD → 耂 (IPAexGothic)
	0x3C: 0x6708,  // ⺼ MEAT → 月
	0x3D: 0x26951, // ⺽ MORTAR → 𦥑 (IPAexGothic)
	0x3E: 0x8279,  // ⺾ GRASS ONE → 艹
	0x3F: 0x8279,  // ⺿ GRASS TWO → 艹 (IPAexGothic)
	0x40: 0x8279,  // ⻀ GRASS THREE → 艹 (IPAexGothic)
	0x41: 0x864E,  // ⻁ TIGER → 虎
	0x42: 0x8864,  // ⻂ CLOTHES → 衤 (IPAexGothic)
	0x43: 0x8980,  // ⻃ WEST ONE → 覀 (IPAexGothic)
	0x44: 0x897F,  // ⻄ WEST TWO → 西
	0x46: 0x89D2,  // ⻆ SIMPLIFIED HORN → 角
	0x4A: 0x27FB7, // ⻊ FOOT → 𧾷 (IPAexGothic)
	0x4C: 0x8FB6,  // ⻌ SIMPLIFIED WALK → 辶
	0x4D: 0x8FB6,  // ⻍ WALK ONE → 辶
	0x4F: 0x961D,  // ⻏ CITY → 阝
	0x51: 0x9577,  // ⻑ LONG ONE → 長
	0x52: 0x9578,  // ⻒ LONG TWO → 镸 (IPAexGothic)
	0x56: 0x961D,  // ⻖ MOUND TWO → 阝
	0x58: 0x9752,  // ⻘ BLUE → 青
	0x5D: 0x98DF,  // ⻝ EAT ONE → 食
	0x5E: 0x2967F, // ⻞ EAT TWO → 𩙿 (IPAexGothic)
	0x5F: 0x98E0,  // ⻟ EAT THREE → 飠 (IPAexGothic)
	0x64: 0x9B3C,  // ⻤ GHOST → 鬼
	0x68: 0x9EA6,  // ⻨ SIMPLIFIED WHEAT → 麦
	0x69: 0x9EC4,  // ⻩ SIMPLIFIED YELLOW → 黄
	0x6B: 0x6589,  // ⻫ J-SIMPLIFIED EVEN → 斉
	0x6D: 0x6B6F,  // ⻭ J-SIMPLIFIED TOOTH → 歯
	0x6F: 0x7ADC,  // ⻯ J-SIMPLIFIED DRAGON → 竜
	0x72: 0x4E80,  // ⻲ J-SIMPLIFIED TURTLE → 亀
	0x73: 0x9F9F,  // ⻳ C-SIMPLIFIED TURTLE → 龟 (NFKC)
}
