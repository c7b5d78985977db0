# bytes' case methods and tests are ASCII only: a learner compares them with str's on the same text
text = 'Grüße, Ωmega 42!'
data = text.encode('utf-8')
print(data.upper(), text.upper().encode())
print(data.lower(), data.title(), data.swapcase(), data.capitalize())
for b in [b'abc', b'ABC', b'Abc Def', b'123', b'abc123', b' \t\n', b'', b'\xc3\xbc', b'a b']:
    print(f'{b!r:14} alpha={b.isalpha()!s:5} digit={b.isdigit()!s:5} space={b.isspace()!s:5} '
          f'upper={b.isupper()!s:5} lower={b.islower()!s:5} title={b.istitle()!s:5} alnum={b.isalnum()}')
print(b'hello world'.center(17, b'-'), b'42'.zfill(5), b'-42'.zfill(5), b'x'.rjust(3, b'.'), b'a\tbc\td'.expandtabs(3))
print(data.upper().decode())
print(b'abc'.upper('x'))
