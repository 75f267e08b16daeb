-- Starter menu: three top buttons (names within 16 bytes), at most five sections each (within 60 bytes).
INSERT INTO menu_group (group_key, name_zh, name_fr, position) VALUES
('news', '最新消息', 'Actualités', 1),
('info', '健康权益', 'Santé et droits', 2),
('us', '关于我们', 'Qui sommes-nous', 3);

INSERT INTO section (section_key, group_key, name_zh, name_fr, position, reply_kind, reply_text, reply_text_fr, enabled, updated_at) VALUES
('news', 'news', '活动与通知', 'Agenda et annonces', 1, 'LATEST_ARTICLE',
'【最新消息】
这里发布我们的活动和通知：免费检测、健康讲座、防身课、早餐聚会，以及临时取消的接待时间。
我们的所有服务都是免费、保密的，不需要证件。
想知道下一次活动的时间和地点，可以直接给我们留言。',
'Nos actualités : dépistages gratuits, ateliers, petits-déjeuners, permanences annulées. Tous nos services sont gratuits et confidentiels.',
TRUE, CURRENT_TIMESTAMP),

('rights', 'info', '我的权利', 'Mes droits', 1, 'LATEST_ARTICLE',
'【我的权利】
1. 在法国，成年人的这份工作本身不是犯罪，站街揽客也不再被处罚。
2. 不管有没有居留，你都有权去警察局报案，警察必须登记；你可以要求翻译。
3. 被打、被抢、被强迫、被威胁，都是犯罪，无论对方是谁，包括客人、房东或伴侣。
4. 报案或看病时，我们可以陪你去，帮你翻译。
有问题请留言，我们会保密。',
'En France, l''activité entre adultes n''est pas un délit et le racolage n''est plus puni. Avec ou sans titre de séjour, vous pouvez porter plainte ; nous pouvons vous accompagner.',
TRUE, CURRENT_TIMESTAMP),

('insurance', 'info', '医疗保险', 'Assurance maladie', 2, 'LATEST_ARTICLE',
'【医疗保险】
• 有合法居留、在法国住满3个月：可以申请 PUMa 医保（Carte Vitale）。
• 没有居留、在法国住满3个月、收入低：可以申请国家医疗救助 AME，看病基本免费。
• 暂时没有任何医保：可以去公立医院的 PASS 门诊，先看病。
申请材料比较多，我们可以一步一步帮你准备，全部免费。',
'PUMa avec un titre de séjour, AME sans titre après trois mois de résidence, PASS à l''hôpital en attendant : nous aidons à constituer les dossiers, gratuitement.',
TRUE, CURRENT_TIMESTAMP),

('health', 'info', '健康知识', 'Santé', 3, 'LATEST_ARTICLE',
'【健康知识】
• 免费匿名检测：CeGIDD 检测中心可以免费查艾滋和其他传染病，不用医保、不用证件。
• 每次都用工具，工具破了或掉了，请看菜单里的“紧急阻断”。
• 可以免费打乙肝疫苗，也可以了解预防药 PrEP。
• 常见疑问：我们的服务面向所有女性，不看证件，完全免费；阻断药真的有效。
需要陪同看病，请留言。',
'Dépistage gratuit et anonyme au CeGIDD, vaccination hépatite B, PrEP ; nos services sont pour toutes les femmes, gratuits, et le traitement post-exposition marche.',
TRUE, CURRENT_TIMESTAMP),

('emergency', 'info', '紧急阻断', 'Urgence TPE', 4, 'TEXT',
'【紧急阻断（TPE/PEP，暴露后阻断）】
工具破了、没用工具，或者被强迫发生关系：
1. 越早越好，最好在4小时内，最晚48小时内开始吃阻断药。
2. 去任何一家医院的急诊（Urgences），或者 CeGIDD 检测中心，说“TPE”。
3. 阻断药要连续吃28天，免费。
4. 如果是被强迫：先不要洗澡、不要换洗衣服，保留证据；拨打 17 报警，或 15 叫急救，欧洲通用 112。
需要人陪你去，请马上给我们留言。',
'Après un risque : traitement post-exposition (TPE) dans les 48 heures, idéalement 4 heures, aux urgences de tout hôpital ou au CeGIDD, gratuit, 28 jours. Urgences : 17, 15, 112.',
TRUE, CURRENT_TIMESTAMP),

('self-defence', 'info', '自我保护', 'Autodéfense', 5, 'LATEST_ARTICLE',
'【姐妹们的自我保护经验】
• 出门前告诉一个信得过的姐妹你去哪里、大概几点回来。
• 记下客人的电话和车牌，发给姐妹。
• 手机保持有电，把紧急电话设成快捷拨号：17 报警，112 欧洲急救。
• 钱分开放，不要一次带太多现金。
• 觉得不对劲就离开，相信自己的直觉。
• 被打或被强迫，不是你的错，这是犯罪。我们可以陪你。',
'Conseils entre pairs : prévenir une collègue, noter le numéro et la plaque, téléphone chargé, argent séparé, partir si quelque chose ne va pas. Urgences 17 ou 112.',
TRUE, CURRENT_TIMESTAMP),

('about', 'us', '我们是谁', 'Qui sommes-nous', 1, 'TEXT',
'【我们是谁】
我们是一个健康和权益项目，服务在巴黎的华人女性。我们的健康调解员和同伴志愿者会说中文。
我们提供：陪同看病、免费检测信息、医保申请帮助、报案陪同、翻译。
所有服务免费、保密，不需要证件。
我们不会把你的信息交给警察、房东或家人。
有问题，随时在这里留言。',
'Un programme de santé et de droits pour les femmes chinoises de Paris : accompagnement, dépistage, droits. Gratuit, confidentiel, sans papiers demandés.',
TRUE, CURRENT_TIMESTAMP),

('history', 'us', '我们的历史', 'Notre histoire', 2, 'LATEST_ARTICLE',
'【我们的历史】
项目由华人姐妹和医疗志愿者一起发起。多年来，我们在巴黎街头和工作场所外展，送去健康信息和工具，陪同姐妹看病、报案、申请医保。
很多姐妹后来成了同伴志愿者，继续帮助新来的姐妹。
我们的原则一直没有变：免费、保密、尊重每一个人的选择。',
'Né de la rencontre entre des femmes chinoises et des soignants bénévoles, le programme va vers les femmes, les accompagne et forme des paires.',
TRUE, CURRENT_TIMESTAMP),

('partners', 'us', '合作机构', 'Partenaires', 3, 'LATEST_ARTICLE',
'【合作机构】
• CeGIDD 免费匿名检测中心：检测、治疗、阻断药。
• 公立医院 PASS 门诊：没有医保也可以看病。
• 法律咨询点（Points d''accès au droit）：免费律师咨询。
• 受害者援助 France Victimes：电话 116 006，免费。
• 暴力求助热线：3919，免费、匿名。
具体地址和时间，请留言问我们，我们可以陪你去。',
'CeGIDD, PASS hospitalières, points d''accès au droit, France Victimes (116 006), 3919 : nous pouvons vous accompagner.',
TRUE, CURRENT_TIMESTAMP),

('messages', 'us', '给我们留言', 'Nous écrire', 4, 'TEXT',
'【给我们留言】
直接在对话框里打字，或者发语音都可以，不会写字也没关系。看不懂的信件，可以拍照发给我们。
我们会尽快用中文回复你。你的留言只有我们的工作人员能看到，一段时间后会自动删除。
想删除你的所有信息，发送“删除我的信息”。
紧急情况请先打电话：17 报警，15 急救，112 欧洲急救。',
'Écrivez ou envoyez un message vocal ; une photo d''un courrier aussi. Réponse en chinois, messages confidentiels et effacés après un temps. Urgences : 17, 15, 112.',
TRUE, CURRENT_TIMESTAMP);
