# a tokenizer of named alternatives, read through lastgroup, as in re's docs
import re
SPEC = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z_]\w*'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
TOKEN = re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))
print(TOKEN.groups, sorted(TOKEN.groupindex.items(), key=lambda kv: kv[1]))
code = 'total := price * 1.5;\nif x $ 2'
line = 1
start = 0
for m in TOKEN.finditer(code):
    kind = m.lastgroup
    value = m.group()
    if kind == 'NEWLINE':
        line += 1
        start = m.end()
        continue
    if kind == 'SKIP':
        continue
    print(kind, repr(value), line, m.start() - start, m.lastindex)
print([m.lastgroup for m in TOKEN.finditer('a:=1')])
