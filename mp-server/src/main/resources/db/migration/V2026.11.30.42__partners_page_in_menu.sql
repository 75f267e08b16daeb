-- The partner organisations are a list to browse: the menu button opens their page on our site.
UPDATE section SET reply_kind = 'PAGE' WHERE section_key = 'partners' AND reply_kind = 'LATEST_ARTICLE';
