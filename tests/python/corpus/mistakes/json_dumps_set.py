# Mistake: json.dumps of a set (and of a dict keyed by tuples); a learner's fix with default=list.
import json

inventory = {'apples': 3, 'pears': 5}
report = {'fruits': sorted(inventory), 'total': sum(inventory.values())}
print(json.dumps(report, indent=4))

seen = {3, 1, 2}
print(json.dumps({'seen': seen}, default=sorted))
try:
    json.dumps({(0, 0): 'origin'})
except TypeError as e:
    print('TypeError:', e)
print(json.loads(json.dumps({'seen': sorted(seen)}))['seen'])
print(json.dumps({'seen': seen}))
