package textnorm

// radicalFold maps the CJK radicals supplement U+2E80–U+2EF3 to the
// ideograph whose glyph the radical is, indexed by r-0x2E80; zero means
// "unchanged". Japanese PDF fonts map some kanji glyphs to these radicals
// (長 to ⻑ U+2ED1), so text extracted from them carries the radical. Only
// radicals that stand for one ideograph are mapped (NFKC gives ⺟ → 母 and
// ⻳ → 龟; the others are not decomposed by Unicode and follow their
// names: CIVILIAN ⺠ → 民, LONG ONE ⻑ → 長, BLUE ⻘ → 青, …). Component
// forms such as the top of 竹 (⺮) have no ideograph and stay.
var radicalFold = [0x74]rune{
	0x05: 0x4EBB, // ⺅ PERSON → 亻
	0x09: 0x5202, // ⺉ KNIFE TWO → 刂
	0x16: 0x5FC4, // ⺖ HEART ONE → 忄
	0x18: 0x624C, // ⺘ HAND → 扌
	0x1D: 0x6708, // ⺝ MOON → 月
	0x1F: 0x6BCD, // ⺟ MOTHER → 母 (NFKC)
	0x20: 0x6C11, // ⺠ CIVILIAN → 民
	0x21: 0x6C35, // ⺡ WATER ONE → 氵
	0x23: 0x706C, // ⺣ FIRE → 灬
	0x29: 0x738B, // ⺩ JADE → 王
	0x2C: 0x793A, // ⺬ SPIRIT ONE → 示
	0x2D: 0x793B, // ⺭ SPIRIT TWO → 礻
	0x2F: 0x7CF8, // ⺯ SILK → 糸
	0x3C: 0x6708, // ⺼ MEAT → 月
	0x3E: 0x8279, // ⺾ GRASS ONE → 艹
	0x41: 0x864E, // ⻁ TIGER → 虎
	0x44: 0x897F, // ⻄ WEST TWO → 西
	0x46: 0x89D2, // ⻆ SIMPLIFIED HORN → 角
	0x4C: 0x8FB6, // ⻌ SIMPLIFIED WALK → 辶
	0x4D: 0x8FB6, // ⻍ WALK ONE → 辶
	0x4F: 0x961D, // ⻏ CITY → 阝
	0x51: 0x9577, // ⻑ LONG ONE → 長
	0x56: 0x961D, // ⻖ MOUND TWO → 阝
	0x58: 0x9752, // ⻘ BLUE → 青
	0x5D: 0x98DF, // ⻝ EAT ONE → 食
	0x64: 0x9B3C, // ⻤ GHOST → 鬼
	0x68: 0x9EA6, // ⻨ SIMPLIFIED WHEAT → 麦
	0x69: 0x9EC4, // ⻩ SIMPLIFIED YELLOW → 黄
	0x6B: 0x6589, // ⻫ J-SIMPLIFIED EVEN → 斉
	0x6D: 0x6B6F, // ⻭ J-SIMPLIFIED TOOTH → 歯
	0x6F: 0x7ADC, // ⻯ J-SIMPLIFIED DRAGON → 竜
	0x72: 0x4E80, // ⻲ J-SIMPLIFIED TURTLE → 亀
	0x73: 0x9F9F, // ⻳ C-SIMPLIFIED TURTLE → 龟 (NFKC)
}
