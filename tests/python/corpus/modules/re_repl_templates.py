# replacement templates: escapes, group references and their errors
import re
p = re.compile(r'(?P<a>x)(y)?')
print(p.sub(r'[\1|\2]', 'xyx'))
print(p.sub(r'[\g<a>\g<2>\g<0>]', 'xyx'))
print(p.sub(r'\n\t\\', 'x'), repr(p.sub(r'\n', 'x')))
print(p.sub(r'\0', 'x') == '\0', p.sub(r'\101', 'x'))
print(p.sub(r'\.\-\ ', 'x'), p.sub('\\', 'y') if False else p.sub(r'\\', 'x'))
print(re.sub(r'(a)', r'\g<1>1', 'a'), re.sub(r'(a)', r'\1\1', 'a'))
for t in [r'\3', r'\g<3>', r'\g<b>', r'\g<>', r'\g<1', r'\g', r'\q', '\\', r'\g<a-b>']:
    try:
        print(repr(t), repr(p.sub(t, 'x')))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
m = p.match('xy')
print(m.expand(r'<\2\1>'), m.expand(r'\g<a>!'))
