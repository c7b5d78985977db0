# unicode \w \d \s against ASCII mode
import re
s = 'naïve café 123 ٣٤ ½ x_y\u00a0z'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.A))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII))
print(re.findall(r'\s', s), re.findall(r'\s', s, re.A))
print(re.findall(r'(?a)\w+', s), re.findall(r'[\w]+', s, re.A))
print(re.findall(r'\bcaf', s), re.findall(r'é\b', s), re.findall(r'\bé', 'aé é', re.A))
print(re.findall(r'[à-ÿ]', s), re.findall(r'\W+', 'αβγ-δ'))
print(re.sub(r'\s+', '_', 'a\u2003b\u3000c'), re.findall(r'\S+', 'ä ö'))
print(re.match(r'.', '😀').group(), len(re.match(r'.+', '😀😀').group()))
print(re.findall(r'[😀-😂]', 'x😀😁y'), re.match(r'\w', '中').group())
print(re.fullmatch(r'\d+', '१२३'), re.fullmatch(r'\d+', '१२३', re.A))
print(re.findall(r'(?i)ǆ', 'ǄǅǆDž'), re.findall(r'Ω', 'ωΩΩ', re.I))
