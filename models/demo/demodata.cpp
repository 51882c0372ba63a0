// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demodata.h"

namespace siyu::demo::data {

// Weights: approximate frequency per ten thousand people.
const std::vector<Hanzi> &surnames()
{
    static const std::vector<Hanzi> list{
        {"王", "wang", 710},   {"李", "li", 700},   {"张", "zhang", 670},     {"刘", "liu", 540},
        {"陈", "chen", 450},   {"杨", "yang", 310}, {"黄", "huang", 220},     {"赵", "zhao", 200},
        {"吴", "wu", 190},     {"周", "zhou", 190}, {"徐", "xu", 130},        {"孙", "sun", 120},
        {"马", "ma", 120},     {"朱", "zhu", 110},  {"胡", "hu", 100},        {"郭", "guo", 100},
        {"何", "he", 90},      {"林", "lin", 90},   {"高", "gao", 90},        {"罗", "luo", 90},
        {"郑", "zheng", 80},   {"梁", "liang", 80}, {"谢", "xie", 60},        {"宋", "song", 60},
        {"唐", "tang", 60},    {"许", "xu", 50},    {"韩", "han", 50},        {"冯", "feng", 50},
        {"邓", "deng", 50},    {"曹", "cao", 50},   {"彭", "peng", 50},       {"曾", "zeng", 50},
        {"肖", "xiao", 50},    {"田", "tian", 40},  {"董", "dong", 40},       {"潘", "pan", 40},
        {"袁", "yuan", 40},    {"蔡", "cai", 30},   {"蒋", "jiang", 30},      {"余", "yu", 30},
        {"于", "yu", 30},      {"杜", "du", 30},    {"叶", "ye", 30},         {"程", "cheng", 30},
        {"魏", "wei", 30},     {"苏", "su", 30},    {"吕", "lv", 30},         {"丁", "ding", 30},
        {"任", "ren", 30},     {"沈", "shen", 30},  {"姚", "yao", 25},        {"卢", "lu", 25},
        {"钟", "zhong", 25},   {"姜", "jiang", 25}, {"崔", "cui", 20},        {"谭", "tan", 20},
        {"陆", "lu", 20},      {"范", "fan", 20},   {"金", "jin", 20},        {"石", "shi", 20},
        {"欧阳", "ouyang", 5}, {"司马", "sima", 2}, {"上官", "shangguan", 2},
    };
    return list;
}

const std::vector<Hanzi> &femaleGiven()
{
    static const std::vector<Hanzi> list{
        {"芳", "fang", 10}, {"娜", "na", 10},  {"静", "jing", 10}, {"丽", "li", 8},
        {"敏", "min", 8},   {"燕", "yan", 7},  {"婷", "ting", 9},  {"雪", "xue", 7},
        {"琳", "lin", 7},   {"颖", "ying", 7}, {"倩", "qian", 6},  {"欣", "xin", 9},
        {"怡", "yi", 9},    {"萱", "xuan", 6}, {"雯", "wen", 6},   {"晶", "jing", 5},
        {"玲", "ling", 6},  {"佳", "jia", 8},  {"梦", "meng", 6},  {"瑶", "yao", 6},
        {"悦", "yue", 6},   {"诗", "shi", 6},  {"涵", "han", 7},   {"思", "si", 7},
        {"月", "yue", 5},   {"彤", "tong", 6}, {"蕾", "lei", 4},   {"珊", "shan", 4},
        {"慧", "hui", 6},   {"霞", "xia", 4},  {"洁", "jie", 5},   {"露", "lu", 4},
    };
    return list;
}

const std::vector<Hanzi> &maleGiven()
{
    static const std::vector<Hanzi> list{
        {"伟", "wei", 10}, {"强", "qiang", 8}, {"磊", "lei", 8},   {"军", "jun", 7},
        {"洋", "yang", 8}, {"勇", "yong", 6},  {"杰", "jie", 9},   {"涛", "tao", 7},
        {"明", "ming", 8}, {"超", "chao", 7},  {"辉", "hui", 6},   {"鹏", "peng", 6},
        {"浩", "hao", 9},  {"宇", "yu", 9},    {"轩", "xuan", 7},  {"博", "bo", 6},
        {"凯", "kai", 6},  {"晨", "chen", 7},  {"阳", "yang", 6},  {"俊", "jun", 7},
        {"帆", "fan", 5},  {"然", "ran", 5},   {"哲", "zhe", 5},   {"航", "hang", 5},
        {"斌", "bin", 4},  {"峰", "feng", 5},  {"亮", "liang", 4}, {"晖", "hui", 3},
    };
    return list;
}

const std::vector<Hanzi> &neutralGiven()
{
    static const std::vector<Hanzi> list{
        {"子", "zi", 8},   {"文", "wen", 8}, {"嘉", "jia", 7},  {"一", "yi", 6},
        {"小", "xiao", 6}, {"雨", "yu", 7},  {"清", "qing", 5}, {"安", "an", 6},
        {"可", "ke", 5},   {"乐", "le", 5},  {"书", "shu", 4},  {"宁", "ning", 5},
        {"心", "xin", 5},  {"语", "yu", 5},  {"星", "xing", 4}, {"晓", "xiao", 6},
    };
    return list;
}

const std::vector<const char *> &englishFemale()
{
    static const std::vector<const char *> list{
        "Emma",  "Olivia", "Sophia",  "Ava",    "Isabella", "Mia",    "Charlotte", "Amelia",
        "Grace", "Chloe",  "Lily",    "Hannah", "Zoe",      "Sarah",  "Jessica",   "Laura",
        "Anna",  "Lucy",   "Megan",   "Priya",  "Aisha",    "Cindy",  "Vivian",    "Irene",
        "Fiona", "Joanne", "Natalie", "Elena",  "Chiara",   "Amélie", "Zoë",       "Yuki",
    };
    return list;
}

const std::vector<const char *> &englishMale()
{
    static const std::vector<const char *> list{
        "Liam",  "Noah",   "Oliver",  "James",   "William", "Benjamin", "Lucas",
        "Henry", "Daniel", "Michael", "Ethan",   "Jacob",   "Samuel",   "David",
        "Jack",  "Ryan",   "Thomas",  "Matthew", "Arjun",   "Omar",     "Kenji",
        "Kevin", "Jason",  "Eric",    "Tony",    "Vincent", "René",     "Mateo",
    };
    return list;
}

const std::vector<const char *> &englishSurnames()
{
    static const std::vector<const char *> list{
        "Smith",   "Johnson",  "Williams", "Brown",  "Jones",  "Garcia",  "Miller",   "Davis",
        "Wilson",  "Anderson", "Taylor",   "Moore",  "Martin", "Jackson", "Thompson", "White",
        "Harris",  "Clark",    "Lewis",    "Walker", "Hall",   "Young",   "King",     "Wright",
        "Scott",   "Green",    "Baker",    "Adams",  "Chen",   "Wong",    "Lee",      "Tan",
        "Lim",     "Patel",    "Singh",    "Kim",    "Nguyen", "Müller",  "Rossi",    "Dubois",
        "O'Brien", "Sánchez",  "Ng",       "Ho",
    };
    return list;
}

const std::vector<WeightedText> &chineseCities()
{
    static const std::vector<WeightedText> list{
        {"上海", 140}, {"北京", 120}, {"广州", 90}, {"深圳", 90}, {"杭州", 70}, {"成都", 60},
        {"南京", 50},  {"武汉", 50},  {"重庆", 40}, {"苏州", 40}, {"西安", 30}, {"长沙", 30},
        {"天津", 30},  {"郑州", 20},  {"青岛", 20}, {"厦门", 20}, {"宁波", 20}, {"合肥", 20},
        {"昆明", 10},  {"大连", 10},  {"福州", 10}, {"沈阳", 10}, {"济南", 10}, {"无锡", 10},
        {"东莞", 10},  {"佛山", 10},  {"香港", 10}, {"台北", 8},  {"澳门", 4},
    };
    return list;
}

const std::vector<WeightedText> &internationalCities()
{
    static const std::vector<WeightedText> list{
        {"London", 15},   {"New York", 12},    {"Singapore", 12},  {"Sydney", 8},
        {"Toronto", 8},   {"Vancouver", 8},    {"Los Angeles", 8}, {"San Francisco", 6},
        {"Melbourne", 5}, {"Kuala Lumpur", 6}, {"Manchester", 4},  {"Auckland", 3},
        {"Berlin", 3},    {"Paris", 3},
    };
    return list;
}

const std::vector<const char *> &mobilePrefixes()
{
    static const std::vector<const char *> list{
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151",
        "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178",
        "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
    };
    return list;
}

const std::vector<const char *> &emailDomainsChina()
{
    static const std::vector<const char *> list{"163.com",     "126.com",     "sina.com",
                                                "foxmail.com", "outlook.com", "yeah.net"};
    return list;
}

const std::vector<const char *> &emailDomainsWorld()
{
    static const std::vector<const char *> list{"gmail.com",  "outlook.com",   "yahoo.com",
                                                "icloud.com", "hotmail.co.uk", "proton.me"};
    return list;
}

const std::vector<Staff> &staff()
{
    static const std::vector<Staff> list{
        {"王芳", false}, {"李娜", false},       {"张伟", false},    {"陈静", false},
        {"刘洋", false}, {"Emily Zhang", true}, {"Jason Wu", true}, {"Sophie Lin", true},
    };
    return list;
}

const std::vector<Tag> &tags()
{
    static const std::vector<Tag> list{
        {"VIP", 60},          {"KOC", 15},          {"宝妈", 120},       {"学生", 90},
        {"上班族", 160},      {"敏感肌", 110},      {"干皮", 100},       {"油皮", 90},
        {"混合皮", 80},       {"价格敏感", 120},    {"直播粉", 100},     {"新品尝鲜", 70},
        {"成分党", 60},       {"礼品需求", 40},     {"高潜力", 50},      {"投诉过", 10},
        {"线下活动参与", 35}, {"International", 0}, {"Beta tester", 12}, {"团购团长", 8},
    };
    return list;
}

const std::vector<const char *> &notes()
{
    static const std::vector<const char *> list{
        "喜欢晚上看直播，常在群里提问",
        "对香味敏感，推荐无香系列",
        "公司团购联系人",
        "上次物流延误，已补偿优惠券",
        "Prefers English replies; asks about ingredients",
        "Joined after the pop-up event; wants samples",
        "生日月会主动发祝福，回复积极",
        "多次参与晒单抽奖",
    };
    return list;
}

const std::vector<const char *> &skinTypes()
{
    static const std::vector<const char *> list{"dry", "oily", "combination", "sensitive",
                                                "normal"};
    return list;
}

const std::vector<const char *> &memberLevels()
{
    static const std::vector<const char *> list{"silver", "gold", "platinum"};
    return list;
}

const std::vector<ContentKind> &contentKinds()
{
    static const std::vector<ContentKind> list{
        {"article",
         "official_account",
         30,
         {"干皮秋冬补水指南", "敏感肌换季急救 5 步", "成分党必读：烟酰胺怎么用", "防晒误区大盘点",
          "夜间修护精华使用手册", "油皮控油不干燥的秘诀", "熬夜后如何快速恢复气色",
          "Skincare routine for humid summers", "How to layer serums, step by step",
          "会员故事：坚持 90 天的变化"}},
        {"short_video",
         "video_channel",
         16,
         {"30 秒看懂双重清洁", "工厂探访 vlog", "一分钟上妆教程", "Behind the scenes: our lab",
          "开箱：新品礼盒", "配方师聊聊玻尿酸"}},
        {"live_stream",
         "video_channel",
         0,
         {"周四晚 8 点新品直播", "会员日专场直播", "Founder Q&A live", "拼团专场直播",
          "皮肤科医生直播答疑"}},
        {"poster", "moments", 10, {"新品海报：水光精华", "会员日倒计时海报", "晒单有礼海报"}},
        {"coupon_push",
         "wecom",
         10,
         {"满 199 减 30 优惠券", "老客回归 50 元券", "VIP 专享 8 折券", "新人首单立减 20"}},
        {"group_announcement",
         "wechat_group",
         12,
         {"群规更新 & 本周活动预告", "本周福利：晒单抽奖", "Weekly update: welcome new members",
          "今晚 8 点群内秒杀"}},
        {"qa", "wechat_group", 6, {"皮肤科医生在线答疑", "Ask us anything: ingredients"}},
        {"poll", "discord", 6, {"你最想要的下一款新品？", "Vote: the next scent"}},
        {"lucky_draw", "mini_program", 6, {"晒单抽奖：送正装精华", "周年庆幸运抽奖"}},
    };
    return list;
}

const std::vector<GroupKind> &groupKinds()
{
    static const std::vector<GroupKind> list{
        {"wechat", "青柚护肤交流 %1 群", "护肤交流", false, 30},
        {"wechat", "%1宝妈护肤群", "宝妈社群", true, 10},
        {"wecom", "青柚会员福利群 %1", "福利发放", false, 25},
        {"wecom", "青柚 VIP 尊享群 %1", "会员服务", false, 8},
        {"wecom", "新品体验官 %1 群", "新品体验", false, 7},
        {"wechat", "直播福利群 %1", "直播预告", false, 8},
        {"discord", "Qingyou Skincare Club #%1", "Community chat", false, 4},
        {"slack", "qingyou-insiders-%1", "Product feedback", false, 2},
        {"telegram", "Qingyou Deals %1", "Deals and drops", false, 3},
        {"whatsapp", "Qingyou VIP – %1", "VIP service", true, 3},
    };
    return list;
}

} // namespace siyu::demo::data
