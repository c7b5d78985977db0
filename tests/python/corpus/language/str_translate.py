# str.maketrans and str.translate: two strings, a third of deletions, a dict, and their errors.
table = str.maketrans('lo', '01')
print(table, 'hello world'.translate(table))
print('hello'.translate(str.maketrans('aeiou', 'AEIOU', 'l')), 'a-b_c'.translate(str.maketrans({'-': ' ', '_': None})))
print('abc'.translate({97: 'xyz', 98: None, 99: 100}), 'héllo'.translate({ord('é'): 'e'}), 'x'.maketrans('a', 'b'))
print(str.maketrans({'a': 1, 98: 'B'}), ''.translate({}), 'punct, uation!'.translate(str.maketrans('', '', ',!')))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans('ab'), lambda: str.maketrans({'ab': 1}),
            lambda: str.maketrans('a', 1), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: -1})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('abc'.translate([None, 'x'] * 50))
