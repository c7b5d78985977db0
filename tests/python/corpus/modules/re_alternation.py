# alternation: first branch wins, backtracking into later branches
import re
print(re.match(r'a|ab', 'ab').group(), re.match(r'ab|a', 'ab').group())
print(re.findall(r'cat|dog|bird', 'dog cat fish bird'))
print(re.match(r'(a|ab)c', 'abc').groups(), re.fullmatch(r'a|ab', 'ab'))
print(re.findall(r'\d+|[a-z]+', 'ab12cd3'))
print(re.match(r'(?:x|y|)z', 'z'), re.match(r'(|a)b', 'ab').groups())
print(re.findall(r'(red|green|blue)\s(\w+)', 'red car, blue sky, pink pig'))
print(re.sub(r'one|two|three', lambda m: str(len(m.group())), 'one two three four'))
print(re.match(r'(a|b|c)+', 'abcabx').group(), re.match(r'(a|b|c)+', 'abcabx').group(1))
print(re.search(r'^(?:GET|POST) (/\S*)', 'POST /api/x HTTP/1.1').group(1))
print(re.match(r'a(b|c|d)*e', 'abcdbe').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'((a)|(b))+', 'ab').groups(), re.match(r'(a|)+', 'aa').groups())
print(re.findall(r'|a', 'aa'), re.findall(r'a|', 'aa'))
