# Truthiness of values and None checks a learner prints in a table
values = [0, 1, -1, 0.0, '', 'a', [], [0], {}, {'k': 0}, None, (), set(), range(0), range(3)]
for v in values:
    print(f'{v!r:<12} bool={bool(v)!s:<6} is None={v is None}')
def maybe(x):
    if x > 0:
        return x
result = maybe(-1)
print(result, result is None, type(result).__name__)
print(None or 'default', 0 or '', [] and 'never', 'x' and 'y')
print(len(None))
