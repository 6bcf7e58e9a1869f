package textnorm

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ipaexSharedGlyphs are the radical → ideograph pairs that IPAexGothic
// (fonts-ipaexfont 00401, ipaexg.ttf) draws with one glyph: its format 12
// cmap maps both code points to the same glyph ID (a compatibility
// ideograph stands for its NFKC form). Producers that write one code point
// per glyph into ToUnicode (Chromium, wkhtmltopdf) write the lower one,
// the radical, so the PDF says ⺒ where the text said 巳. Listed from the
// font's cmap with a short script (scripts/producer-sweep.sh found the
// first, 2024-000342).
var ipaexSharedGlyphs = []string{
	"⾐衣 ⼀一 ⽻羽 ⾬雨 ⾅臼 ⽠瓜 ⻩黄 ⼄乙 ⾳音 ⽕火 ⽲禾 ⾙貝 ⾓角 ⾰革 ⽡瓦 ⼲干 ⽢甘 ⽸缶 ⻤鬼 ⿁鬼",
	"⻲亀 ⿉黍 ⼸弓 ⽜牛 ⿂魚 ⽟玉 ⼱巾 ⽄斤 ⾦金 ⽋欠 ⽳穴 ⾎血 ⽉月 ⽝犬 ⾒見 ⽞玄 ⾔言 ⼰己 ⼾戸 ⻁虎",
	"⿎鼓 ⼝口 ⼯工 ⾏行 ⾹香 ⾼高 ⿊黒 ⾻骨 ⾉艮 ⽫皿 ⼭山 ⼠士 ⼦子 ⽀支 ⽌止 ⽒氏 ⽷糸 ⾄至 ⻭歯 ⽰示",
	"⽽而 ⽿耳 ⾃自 ⿅鹿 ⾞車 ⼿手 ⾸首 ⾈舟 ⼗十 ⼥女 ⼩小 ⾊色 ⾷食 ⼼心 ⾂臣 ⾝身 ⾟辛 ⼈人 ⽔水 ⼨寸",
	"⽣生 ⻄西 ⻘青 ⻫斉 ⽯石 ⾚赤 ⾆舌 ⾇舛 ⿏鼠 ⾛走 ⾜足 ⼤大 ⾠辰 ⾕谷 ⽵竹 ⾍虫 ⻑長 ⾧長 ⿃鳥 ⽖爪",
	"⿍鼎 ⽥田 ⽃斗 ⼟土 ⼑刀 ⾖豆 ⾣酉 ⼆二 ⾁肉 ⽇日 ⼊入 ⾺馬 ⽩白 ⻨麦 ⼋八 ⾤釆 ⽐比 ⽪皮 ⾮非 ⾶飛",
	"⿐鼻 ⽦疋 ⽗父 ⾩阜 ⾵風 ⽂文 ⽶米 ⾴頁 ⽚片 ⺟母 ⽅方 ⼘卜 ⿇麻 ⼜又 ⺒巳 ⺠民 ⽭矛 ⾯面 ⽑毛 ⽊木",
	"⽬目 ⾨門 ⽮矢 ⾢邑 ⼣夕 ⽤用 ⽺羊 ⾥里 ⽴立 ⻯竜 ⿓龍 ⼒力 ⽼老 ⼂丶 ⼃丿 ⼅亅 ⼇亠 ⼉儿 ⺎兀 ⼌冂",
	"⼍冖 ⼎冫 ⼏几 ⼐凵 ⼓勹 ⼔匕 ⼕匚 ⼖匸 ⼙卩 ⼚厂 ⼛厶 ⼞囗 ⼡夂 ⼢夊 ⼧宀 ⺐尢 ⼪尢 ⼫尸 ⼬屮 ⼮巛",
	"⺓幺 ⼳幺 ⼴广 ⼵廴 ⼶廾 ⼷弋 ⺔彑 ⼺彡 ⼻彳 ⼽戈 ⽁攴 ⺙攵 ⽆无 ⺛旡 ⽈曰 ⽍歹 ⽎殳 ⽏毋 ⽓气 ⽘爻",
	"⽙爿 ⽨癶 ⽹网 ⽾耒 ⾀聿 ⾋艸 ⾌虍 ⾑襾 ⾗豕 ⾘豸 ⾪隶 ⾫隹 ⾱韋 ⾲韭 ⾽髟 ⾾鬥 ⾿鬯 ⿀鬲 ⿄鹵 ⿆麥",
	"⿋黹 ⿌黽 ⿑齊 ⿒齒 ⿔龜 ⿕龠 ⽛牙 ⼁丨 ⾭靑 ⿈黃 ⺽𦥑 ⻟飠 ⻞𩙿 ⺗㣺 ⺅亻 ⻃覀 ⻊𧾷 ⺪𤴔 ⺹耂 ⺇𠘨",
	"⺦丬 ⺾艹 ⺿艹 ⻀艹 ⺃乚 ⺉刂 ⺏尣 ⺖忄 ⺘扌 ⺡氵 ⺣灬 ⺨犭 ⽧疒 ⺭礻 ⽱禸 ⺫罒 ⺲罒 ⻂衤 ⾡辵 ⻍辶",
	"⻒镸 ⻏阝 ⻖阝 ⺤爫 ⻌辶 ⺞歺 ⼹彐",
}

// TestRadicalsIPAexGothic: every radical IPAexGothic shares a glyph with
// folds to that ideograph.
func TestRadicalsIPAexGothic(t *testing.T) {
	n := 0
	for _, line := range ipaexSharedGlyphs {
		for _, pair := range strings.Fields(line) {
			r := []rune(pair)
			assert.Equal(t, string(r[1]), string(FoldRune(r[0])), "%U %c", r[0], r[0])
			n++
		}
	}
	assert.Equal(t, 267, n)
}
