// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonames.h"

namespace sb::core::demo::names {

namespace {

constexpr Region kRegions[] = {
    {"华东", 32}, {"华南", 22}, {"华北", 18}, {"华中", 10}, {"西南", 10}, {"西北", 4}, {"东北", 4},
};

constexpr City kCities[] = {
    {"上海", "Shanghai", 0, 30},  {"杭州", "Hangzhou", 0, 14},       {"南京", "Nanjing", 0, 12},
    {"苏州", "Suzhou", 0, 12},    {"宁波", "Ningbo", 0, 8},          {"合肥", "Hefei", 0, 6},
    {"无锡", "Wuxi", 0, 6},       {"济南", "Jinan", 0, 5},           {"青岛", "Qingdao", 0, 6},
    {"厦门", "Xiamen", 0, 5},     {"福州", "Fuzhou", 0, 4},          {"广州", "Guangzhou", 1, 30},
    {"深圳", "Shenzhen", 1, 32},  {"东莞", "Dongguan", 1, 14},       {"佛山", "Foshan", 1, 12},
    {"南宁", "Nanning", 1, 6},    {"海口", "Haikou", 1, 3},          {"北京", "Beijing", 2, 45},
    {"天津", "Tianjin", 2, 22},   {"石家庄", "Shijiazhuang", 2, 12}, {"太原", "Taiyuan", 2, 8},
    {"呼和浩特", "Hohhot", 2, 4}, {"武汉", "Wuhan", 3, 38},          {"长沙", "Changsha", 3, 26},
    {"郑州", "Zhengzhou", 3, 24}, {"南昌", "Nanchang", 3, 12},       {"成都", "Chengdu", 4, 42},
    {"重庆", "Chongqing", 4, 34}, {"昆明", "Kunming", 4, 14},        {"贵阳", "Guiyang", 4, 10},
    {"西安", "Xi'an", 5, 50},     {"兰州", "Lanzhou", 5, 20},        {"乌鲁木齐", "Urumqi", 5, 18},
    {"银川", "Yinchuan", 5, 12},  {"沈阳", "Shenyang", 6, 34},       {"大连", "Dalian", 6, 30},
    {"长春", "Changchun", 6, 20}, {"哈尔滨", "Harbin", 6, 16},
};

constexpr const char *kManufacturing[] = {"精密机械", "机电设备", "模具", "五金制品", "自动化设备", "重工"};
constexpr const char *kRetail[] = {"商贸", "百货", "连锁超市", "便利店", "家居用品"};
constexpr const char *kMedical[] = {"医疗器械", "医药", "生物科技", "健康管理", "康复设备"};
constexpr const char *kEducation[] = {"教育科技", "职业培训", "文化传播", "教育装备"};
constexpr const char *kFinance[] = {"融资租赁", "金融服务", "投资管理", "保险代理"};
constexpr const char *kInternet[] = {"网络科技", "信息技术", "软件", "数据科技", "云计算"};
constexpr const char *kLogistics[] = {"物流", "供应链管理", "国际货运代理", "仓储服务", "快运"};
constexpr const char *kEnergy[] = {"新能源", "电力工程", "光伏科技", "储能技术"};
constexpr const char *kBuilding[] = {"建设工程", "建材", "装饰工程", "钢结构"};
constexpr const char *kAutomotive[] = {"汽车零部件", "汽车销售服务", "汽配", "智能驾驶科技"};

constexpr const char *kManufacturingEn[] = {"Precision Machinery", "Industrial", "Engineering"};
constexpr const char *kRetailEn[] = {"Retail", "Trading", "Consumer Goods"};
constexpr const char *kMedicalEn[] = {"Medical", "Healthcare", "Life Sciences"};
constexpr const char *kEducationEn[] = {"Education", "Learning", "Academy"};
constexpr const char *kFinanceEn[] = {"Capital", "Financial Services", "Leasing"};
constexpr const char *kInternetEn[] = {"Technologies", "Software", "Digital"};
constexpr const char *kLogisticsEn[] = {"Logistics", "Supply Chain", "Freight"};
constexpr const char *kEnergyEn[] = {"Energy", "Solar", "Power Systems"};
constexpr const char *kBuildingEn[] = {"Construction", "Building Materials", "Facilities"};
constexpr const char *kAutomotiveEn[] = {"Automotive", "Auto Parts", "Mobility"};

// Affinity per product line: automation, instruments, office, software, consumables.
constexpr Industry kIndustries[] = {
    {"制造业", 28, kManufacturing, kManufacturingEn, {10, 6, 2, 3, 6}},
    {"零售", 12, kRetail, kRetailEn, {1, 1, 6, 5, 4}},
    {"医疗", 9, kMedical, kMedicalEn, {1, 8, 3, 3, 4}},
    {"教育", 6, kEducation, kEducationEn, {1, 2, 8, 4, 3}},
    {"金融", 6, kFinance, kFinanceEn, {0, 1, 6, 8, 2}},
    {"互联网", 10, kInternet, kInternetEn, {0, 1, 5, 8, 2}},
    {"物流", 10, kLogistics, kLogisticsEn, {4, 2, 4, 5, 4}},
    {"能源", 6, kEnergy, kEnergyEn, {7, 6, 1, 3, 5}},
    {"建筑", 6, kBuilding, kBuildingEn, {3, 5, 2, 2, 6}},
    {"汽车", 7, kAutomotive, kAutomotiveEn, {9, 6, 1, 3, 6}},
};

constexpr ProductLine kLines[] = {
    {"工业自动化", "IA", 62}, {"精密仪器", "PI", 55}, {"办公设备", "OE", 70},
    {"软件服务", "SW", 28},   {"耗材配件", "CS", 58},
};

constexpr ProductItem kItems[] = {
    {0, "PLC控制器 S7兼容型", 4200, 4, 21},
    {0, "伺服电机 750W", 1850, 8, 18},
    {0, "伺服驱动器 1.5kW", 2680, 6, 18},
    {0, "变频器 5.5kW", 3150, 5, 14},
    {0, "触摸屏 HMI 10英寸", 2290, 4, 14},
    {0, "光电传感器", 268, 30, 10},
    {0, "接近开关 M12", 86, 60, 7},
    {0, "工业以太网交换机", 5600, 2, 25},
    {0, "步进电机套装", 760, 10, 12},
    {0, "绝对值编码器", 1380, 8, 20},
    {1, "数字示波器 200MHz", 12800, 1, 30},
    {1, "数字万用表 6½位", 6900, 2, 21},
    {1, "激光测距仪", 1580, 3, 10},
    {1, "红外热像仪", 18600, 1, 35},
    {1, "三坐标测量机", 268000, 1, 60},
    {1, "表面粗糙度仪", 23500, 1, 40},
    {1, "电子天平 0.1mg", 9800, 1, 25},
    {1, "频谱分析仪", 56000, 1, 45},
    {2, "彩色激光打印机", 3680, 3, 7},
    {2, "多功能一体机", 8900, 2, 10},
    {2, "投影仪 4K", 11500, 2, 12},
    {2, "会议平板 86英寸", 26800, 1, 20},
    {2, "碎纸机", 1290, 3, 5},
    {2, "考勤门禁一体机", 2150, 4, 8},
    {3, "ERP系统授权（用户）", 3200, 20, 3},
    {3, "MES实施服务（人天）", 2800, 15, 10},
    {3, "年度维保服务", 18000, 1, 5},
    {3, "数据分析平台订阅（年）", 36000, 1, 2},
    {3, "培训服务（人天）", 2200, 5, 7},
    {3, "Cloud Backup Subscription", 9600, 1, 2},
    {4, "硒鼓 黑色", 420, 12, 5},
    {4, "墨盒 四色套装", 380, 10, 5},
    {4, "A4 复印纸（箱）", 165, 40, 3},
    {4, "工业轴承 6205", 38.5, 120, 15},
    {4, "屏蔽电缆（100米）", 890, 10, 10},
    {4, "液压滤芯", 245, 24, 12},
    {4, "中间继电器", 46.8, 80, 8},
    {4, "贴片电阻 0805（每只）", 0.0125, 20000, 20},
    {4, "M4 不锈钢螺丝（千只）", 86.4, 30, 6},
    {4, "Safety Gloves (pair)", 12.35, 200, 6},
};

constexpr const char *kVariants[] = {"", " 增强版", " Pro", " 经济型", " V2", " 工业级", " Plus", " 旗舰版"};

constexpr Word kSurnames[] = {
    {"王", "wang"},  {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},   {"陈", "chen"},     {"杨", "yang"},
    {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"},  {"徐", "xu"},       {"孙", "sun"},
    {"马", "ma"},    {"朱", "zhu"},   {"胡", "hu"},    {"郭", "guo"},   {"何", "he"},       {"林", "lin"},
    {"罗", "luo"},   {"高", "gao"},   {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},      {"宋", "song"},
    {"唐", "tang"},  {"许", "xu"},    {"韩", "han"},   {"冯", "feng"},  {"邓", "deng"},     {"曹", "cao"},
    {"彭", "peng"},  {"曾", "zeng"},  {"肖", "xiao"},  {"田", "tian"},  {"董", "dong"},     {"袁", "yuan"},
    {"潘", "pan"},   {"蒋", "jiang"}, {"蔡", "cai"},   {"余", "yu"},    {"欧阳", "ouyang"}, {"司马", "sima"},
};

constexpr Word kGivenNames[] = {
    {"伟", "wei"},      {"芳", "fang"},       {"娜", "na"},        {"敏", "min"},       {"静", "jing"},
    {"丽", "li"},       {"强", "qiang"},      {"磊", "lei"},       {"军", "jun"},       {"洋", "yang"},
    {"勇", "yong"},     {"艳", "yan"},        {"杰", "jie"},       {"娟", "juan"},      {"涛", "tao"},
    {"明", "ming"},     {"超", "chao"},       {"秀英", "xiuying"}, {"霞", "xia"},       {"平", "ping"},
    {"刚", "gang"},     {"桂英", "guiying"},  {"建华", "jianhua"}, {"建国", "jianguo"}, {"志强", "zhiqiang"},
    {"海燕", "haiyan"}, {"晓东", "xiaodong"}, {"文博", "wenbo"},   {"子涵", "zihan"},   {"欣怡", "xinyi"},
    {"浩然", "haoran"}, {"雨桐", "yutong"},   {"俊杰", "junjie"},  {"思远", "siyuan"},  {"佳琪", "jiaqi"},
    {"宇航", "yuhang"}, {"梦洁", "mengjie"},  {"立新", "lixin"},   {"春梅", "chunmei"}, {"国庆", "guoqing"},
    {"婷", "ting"},     {"鹏", "peng"},       {"辉", "hui"},       {"斌", "bin"},       {"琳", "lin"},
    {"倩", "qian"},     {"凯", "kai"},        {"颖", "ying"},
};

constexpr const char *kEnglishFirst[] = {
    "David",  "Emily",  "Michael", "Sarah", "James",  "Jessica", "Robert", "Linda",
    "Daniel", "Laura",  "Kevin",   "Anna",  "Thomas", "Olivia",  "Peter",  "Grace",
    "Mark",   "Sophie", "Andrew",  "Helen", "Frank",  "Lucy",    "Chloé",  "Jürgen",
};

constexpr const char *kEnglishLast[] = {
    "Smith",  "Johnson", "Miller", "Brown",   "Wilson", "Taylor", "Anderson", "Moore",  "Martin", "Clark",
    "Walker", "Wright",  "Baker",  "Schmidt", "Müller", "Dubois", "Rossi",    "Tanaka", "Kim",    "O'Brien",
};

// Brand names are a head and a tail character: 鑫 + 达 = 鑫达. No character is in both lists.
constexpr Word kBrandHeads[] = {
    {"鑫", "xin"},   {"恒", "heng"},  {"华", "hua"},   {"永", "yong"},  {"宏", "hong"}, {"金", "jin"},
    {"光", "guang"}, {"天", "tian"},  {"中", "zhong"}, {"博", "bo"},    {"新", "xin"},  {"东", "dong"},
    {"嘉", "jia"},   {"长", "chang"}, {"振", "zhen"},  {"明", "ming"},  {"德", "de"},   {"鼎", "ding"},
    {"联", "lian"},  {"汇", "hui"},   {"安", "an"},    {"佳", "jia"},   {"利", "li"},   {"同", "tong"},
    {"兴", "xing"},  {"启", "qi"},    {"捷", "jie"},   {"正", "zheng"}, {"海", "hai"},  {"卓", "zhuo"},
};

constexpr Word kBrandTails[] = {
    {"达", "da"},    {"通", "tong"},  {"信", "xin"},   {"盛", "sheng"}, {"远", "yuan"},   {"桥", "qiao"},
    {"丰", "feng"},  {"成", "cheng"}, {"科", "ke"},    {"雅", "ya"},    {"锐", "rui"},    {"方", "fang"},
    {"禾", "he"},    {"鸿", "hong"},  {"辉", "hui"},   {"胜", "sheng"}, {"创", "chuang"}, {"泰", "tai"},
    {"宇", "yu"},    {"源", "yuan"},  {"诚", "cheng"}, {"业", "ye"},    {"航", "hang"},   {"川", "chuan"},
    {"程", "cheng"}, {"瑞", "rui"},   {"昌", "chang"}, {"峰", "feng"},  {"康", "kang"},   {"力", "li"},
};

constexpr const char *kEnglishHeads[] = {"Blue", "Silver", "Golden", "Green",  "North", "East",
                                         "Red",  "Oak",    "Stone",  "Bright", "River", "Summit"};
constexpr const char *kEnglishTails[] = {"wave", "line", "field", "bridge", "gate",   "ridge",
                                         "star", "peak", "point", "wood",   "harbor", "crest"};

constexpr const char *kTitles[] = {"总经理",   "副总经理", "采购总监",   "采购经理", "技术总监",
                                   "财务总监", "运营总监", "信息部经理", "生产经理", "行政主管"};
constexpr const char *kEnglishTitles[] = {"General Manager",     "Purchasing Director", "CTO",          "CFO",
                                          "Operations Director", "IT Manager",          "Plant Manager"};

constexpr const char *kSources[]
    = {"老客户推荐", "招投标", "合作伙伴推荐", "展会", "官网咨询", "线上广告", "电话营销"};
constexpr int kSourceScores[] = {90, 80, 75, 70, 60, 50, 40};

constexpr const char *kCompetitors[]
    = {"恒力自动化", "博远科技", "智造云", "东岳仪器", "本地集成商", "Atlas Systems", "Norden Tech"};

// Names of the lost_reasons table, in its sort order.
constexpr const char *kLostReasons[]
    = {"价格过高",       "选择了竞争对手", "预算不足",   "需求变化",   "决策延期",
       "产品功能不满足", "客户关系不足",   "需求不明确", "无后续跟进", "付款条件未谈拢"};

constexpr const char *kTicketCategories[]
    = {"安装调试", "产品故障", "使用咨询", "退换货", "物流配送", "发票账务"};

constexpr const char *kReviewers[] = {"法务部 陈静", "法务部 刘洋", "商务部 Helen Wu"};

} // namespace

std::span<const Region> regions()
{
    return kRegions;
}
std::span<const City> cities()
{
    return kCities;
}
std::span<const Industry> industries()
{
    return kIndustries;
}
std::span<const ProductLine> productLines()
{
    return kLines;
}
std::span<const ProductItem> productItems()
{
    return kItems;
}
std::span<const char *const> productVariants()
{
    return kVariants;
}
std::span<const Word> surnames()
{
    return kSurnames;
}
std::span<const Word> givenNames()
{
    return kGivenNames;
}
std::span<const char *const> englishFirstNames()
{
    return kEnglishFirst;
}
std::span<const char *const> englishLastNames()
{
    return kEnglishLast;
}
std::span<const Word> brandHeads()
{
    return kBrandHeads;
}
std::span<const Word> brandTails()
{
    return kBrandTails;
}
std::span<const char *const> englishBrandHeads()
{
    return kEnglishHeads;
}
std::span<const char *const> englishBrandTails()
{
    return kEnglishTails;
}
std::span<const char *const> customerTitles()
{
    return kTitles;
}
std::span<const char *const> englishTitles()
{
    return kEnglishTitles;
}
std::span<const char *const> leadSources()
{
    return kSources;
}
std::span<const int> leadSourceScores()
{
    return kSourceScores;
}
std::span<const char *const> competitors()
{
    return kCompetitors;
}
std::span<const char *const> lostReasons()
{
    return kLostReasons;
}
std::span<const char *const> ticketCategories()
{
    return kTicketCategories;
}
std::span<const char *const> contractReviewers()
{
    return kReviewers;
}

} // namespace sb::core::demo::names
