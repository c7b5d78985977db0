# dict and set methods given wrong arguments.
calls = [
    '{}.get()',
    'dict.fromkeys(5)',
    '{}.update([1])',
    '{}.setdefault()',
    '{}.pop()',
    'dict([("a",)])',
    'dict(a=1, **{"a": 2})',
    'set().add([])',
    'set().update(5)',
    '{1} | [2]',
    '{1} - [1]',
    'frozenset().add(1)',
    '{}.items(1)',
    'dict(1)',
    '{}[[]]',
    'set([[]])',
    '{1}.remove(2)',
    '{}.popitem()',
    '{"a": 1}.keys() + 1',
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print({"a": 1}.get("a", 0, 1))
