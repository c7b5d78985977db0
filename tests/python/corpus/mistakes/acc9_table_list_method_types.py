# list methods given arguments of the wrong types.
calls = [
    '[1].insert("1", 2)',
    '[1].pop("0")',
    '[1][1.0]',
    '[1].extend(5)',
    '[2, 1].sort(key=1)',
    'sorted([1], key=5)',
    '[1].remove()',
    '[1].index(1, "0")',
    '[1].count()',
    '[1] * 2.0',
    '[1][None]',
    '[1][0:"1"]',
    '[1].copy(1)',
    '[3, "a"].sort()',
    '[[1], (2,)].sort()',
    'list(1, 2)',
    'list(None)',
   
    '[1] + (2,)',
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print([1, 2].pop(5))
