# String literals: quotes, escapes, raw strings, implicit concatenation, unicode.
print('single', "double", '''triple''', """triple double""")
print('it\'s', "say \"hi\"", 'back\\slash', 'tab[\t]', 'newline[\n]')
print(r'raw \n stays', R'C:\path\new', len('\n'), len(r'\n'))
print('implicit ' 'concatenation ' "works")
print('\x41\x42', '\u00e9\u4e2d', '\101', chr(0x1F600) == '😀')
text = 'café ☕ 中文'
print(text, len(text), text.upper(), text[::-1], text.count('☕'), text.find('中'))
print('a' * 0, 'ab' * 2, 'a' < 'b' < 'ba', 'Z' < 'a', 'é' > 'z')
print('%s|%r' % ('ü', 'ü'), ascii('ü'), repr('\x00'), repr('\x7f'))
long = ('first part, '
        'second part')
print(long)
print(f"{'nested'} {'quotes'!r}", 'x'.join(['a', 'b']))
print('line one\
 continued')
multi = """
  keeps
  indentation"""
print(multi.splitlines(), multi.strip().split())
print(' '.join(w.capitalize() for w in 'the end'.split()) + '.')
