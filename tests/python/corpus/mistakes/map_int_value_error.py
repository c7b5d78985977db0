# Mistake: int() failing inside map() consumed by list().
def parse(s):
    return int(s)
print(parse("42") + 1)
values = list(map(parse, ['1', '2', 'three']))
