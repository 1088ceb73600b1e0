// The characters that fill most text of each legacy encoding's language: a few hundred of the most
// used in writing, and the words of days off and make-up working days. Bytes of one encoding read in
// another decode too, but to characters picked at random from thousands (Big5's 國慶日 read as GBK is
// 瓣紋ら, EUC-KR's 설날 is 汲朝, GBK's 国庆节 read as EUC-KR is three rare hangul): few of them are
// common. decodeText.ts reads a file in the encoding whose text holds the most common characters.

const SIMPLIFIED =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服林题建南度统色字请交爱让认算论百义科元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运半候七必城父强步完深区即求品士转量空众技程告江语英基满式李息写识极令黄德收钱未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单节假休班调补春端午秋庆旦除夕宵劳动妇儿童植树建军纪念值星期周六末圣诞';
const TRADITIONAL =
  '的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台象記邊共風戰接它許八特覺望直服林題建南度統色字請交愛讓認算論百義科元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運半候七必城父強步完深區即求品士轉量空眾技程告江語英基滿式李息寫識極令黃德收錢未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單節假休班調補春端午秋慶旦除夕宵勞動婦兒童植樹軍紀念值星期週六末聖誕灣彈性';
const KANJI =
  '日本人年月一二三十大中小上下出入見行会社時間前後手事自分気方者地場合同的実業生学発東京新長高部明内外作用休祝国民振替成元建記念憲法敬老海山文化勤労感謝天皇誕春秋昭和子供体育緑週末営祭初仕事始納正平成令曜火水木金土予定名称開終了区';
const HANGUL =
  '이다의는에가을하고를지기서사로도한리자어나대있으일시수정제인것주해아장전적보게부만문상그라원면들국과내되성소우여화스구개세중마동했신위조관경공무비날설추석광복절글천현충린탄연휴체삼근가처님오크선거월요목금토말년새해명당직근무교대';

export const COMMON_CHARACTERS = {
  gb18030: new Set(SIMPLIFIED),
  big5: new Set(TRADITIONAL),
  shift_jis: new Set(KANJI),
  'euc-kr': new Set(HANGUL),
} as const;

/** Japanese text is half kana: Shift_JIS's full-width hiragana and katakana count as common too. */
export const isKana = (c: string) => c >= '\u3041' && c <= '\u30FF';
