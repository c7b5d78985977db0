# String literals: escapes, raw strings, triple quotes, repr and len
s = 'tab\there\nnewline \\ backslash \'quote\''
print(s)
print(repr(s), len(s))
r = r'C:\new\table'
print(r, len(r), repr(r))
multi = """line one
    line two
line three"""
print(multi.splitlines())
print('\u00e9\N{SNOWMAN}\x41', len('\u00e9\N{SNOWMAN}\x41'))
print('one' 'two' 'three', 'a' + 'b' * 3)
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(str(b'\x00\xff'), ascii('é☃'), ord('A'), chr(9731))
print(chr(0x110000))
