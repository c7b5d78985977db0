# copy.deepcopy of a very long linked list made of dicts.
import copy
head = None
for i in range(2000):
    head = {"value": i, "next": head}
print(head["value"])
clone = copy.deepcopy(head)
print(clone["value"])
