package org.lotus.sensitivewords.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Lexicons;

/** Seeded, deterministic lexicons and texts: every run measures the same input. */
final class BenchmarkCorpus {

    private static final String[] ZH_WORDS = {
        "我们", "今天", "下午", "医生", "免费", "检测", "协会", "地址", "时间", "请", "联系", "工作人员", "如果", "需要", "帮助",
        "可以", "来", "找", "巴黎", "十三区", "地铁", "站", "附近", "电话", "微信", "朋友", "健康", "保险", "权利", "法律", "翻译",
        "陪同", "预约", "医院", "药房", "注意", "安全", "身体", "问题", "不要", "害怕", "我们的", "服务", "都是", "保密", "的",
        "了", "在", "和", "是", "有", "也", "就", "都", "要", "会", "说", "看", "给", "让", "从", "到", "方法", "轮流", "套餐", "大",
        "麻烦", "人口", "流动", "生活", "家庭", "孩子", "学校", "语言", "课程", "每周", "星期二", "上午"
    };
    private static final String[] ZH_PUNCT = {"，", "。", "！", "？", "、", "：", " "};
    private static final String[] FR_WORDS = {
        "nous", "vous", "avec", "pour", "dans", "la", "le", "les", "des", "une", "un", "santé", "association", "rendez-vous",
        "gratuit", "médecin", "dépistage", "droits", "aide", "accompagnement", "traduction", "mardi", "jeudi", "matin",
        "après-midi", "permanence", "adresse", "métro", "téléphone", "sécurité", "confidentiel", "soins", "hôpital", "urgence",
        "protection", "information", "mutuelle", "assurance", "maladie", "logement", "école", "cours", "de", "et", "à",
        "est", "sont", "pas", "se", "passe", "violence", "il", "elle", "on", "peut", "doit", "venir", "appeler"
    };
    private static final String[] FR_PUNCT = {" ", " ", " ", ", ", ". ", " : ", " ; "};

    private BenchmarkCorpus() {}

    /** The shipped entries, topped up with generated ones to {@code size} entries. */
    static List<LexiconEntry> lexicon(int size, long seed) {
        Random random = new Random(seed);
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        for (LexiconEntry e : Lexicons.shipped()) {
            entries.putIfAbsent(e.term().toLowerCase(), e);
        }
        while (entries.size() < size) {
            boolean chinese = random.nextBoolean();
            String term = chinese ? hanzi(random, 2 + random.nextInt(3), 0x5000) : pseudoWord(random);
            String replacement = chinese ? hanzi(random, 2, 0x4e00) : "zq" + pseudoWord(random);
            Language language = chinese ? Language.ZH : Language.FR;
            String blocked = random.nextInt(10) == 0 ? "" : replacement;
            entries.putIfAbsent(term, LexiconEntry.of(term, blocked, language, "generated"));
        }
        return new ArrayList<>(entries.values());
    }

    /** About {@code length} characters of paragraphs alternating Chinese and French, about one term in 40 words. */
    static List<String> paragraphs(int length, List<LexiconEntry> lexicon, long seed) {
        Random random = new Random(seed);
        List<String> zhTerms = new ArrayList<>();
        List<String> frTerms = new ArrayList<>();
        for (LexiconEntry e : lexicon) {
            (e.language() == Language.FR ? frTerms : zhTerms).add(e.term());
        }
        List<String> paragraphs = new ArrayList<>();
        int total = 0;
        boolean chinese = true;
        while (total < length) {
            StringBuilder p = new StringBuilder();
            int target = 150 + random.nextInt(300);
            while (p.length() < target) {
                if (random.nextInt(40) == 0) {
                    List<String> terms = chinese ? zhTerms : frTerms;
                    p.append(terms.get(random.nextInt(terms.size())));
                } else {
                    p.append(chinese ? pick(ZH_WORDS, random) : pick(FR_WORDS, random));
                }
                if (random.nextInt(chinese ? 6 : 1) == 0) {
                    p.append(chinese ? pick(ZH_PUNCT, random) : pick(FR_PUNCT, random));
                }
            }
            p.append('\n');
            paragraphs.add(p.toString());
            total += p.length();
            chinese = !chinese;
        }
        return paragraphs;
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String hanzi(Random random, int length, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (from + random.nextInt(0x0fff)));
        }
        return s.toString();
    }

    private static String pseudoWord(Random random) {
        String consonants = "bcdfghjklmnpqrstvz";
        String vowels = "aeiou";
        StringBuilder s = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            s.append(consonants.charAt(random.nextInt(consonants.length())));
            s.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return s.toString();
    }
}
