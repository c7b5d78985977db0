# Mistake: a sequence pattern with two starred names (only one may collect the rest).
def describe(results):
    match results:
        case []:
            return 'nothing'
        case [first, *middle, *rest]:
            return f'{first} then {len(middle)} more'


print(describe([3, 1, 2]))
