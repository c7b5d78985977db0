# tutorial 5.5: dictionaries, the tel example, dict(), dict comprehension
tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel)
print(tel['jack'])
del tel['sape']
tel['irv'] = 4127
print(tel)
print(list(tel))
print(sorted(tel))
print('guido' in tel)
print('jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]))
print({x: x**2 for x in (2, 4, 6)})
print(dict(sape=4139, guido=4127, jack=4098))
print(tel.get('nobody'), tel.get('nobody', 0), tel.setdefault('x', 1), tel)
print(tel.keys(), tel.values(), tel.items())
print(tel.pop('x'), tel.popitem(), tel)
tel.update({'a': 1}, b=2)
print(tel, len(tel), {**tel, 'jack': 0})
print(tel | {'z': 26})
print(tel['sape'])
