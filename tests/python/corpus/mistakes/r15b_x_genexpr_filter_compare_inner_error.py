# Mistake: sum() over a generator expression with a filter and a nested loop over a value that is an int.
scores = {"ann": [3, 4], "bob": 5, "cy": [1]}

def total(scores, minimum):
    return sum(s for name, ss in scores.items() if len(name) >= minimum for s in ss)

print(total({"ann": [3, 4]}, 2))
print(total(scores, 2))
