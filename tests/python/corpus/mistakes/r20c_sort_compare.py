# TypeError comparing mixed types while sorting
scores = [3, 1, "2", 5]
print(sorted(scores[:2]))
try:
    max(scores)
except TypeError as e:
    print(e)
class C: pass
try:
    sorted([C(), C()])
except TypeError as e:
    print(e)
scores.sort()
