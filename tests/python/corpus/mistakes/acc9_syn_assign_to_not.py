# not on the left of an assignment.
print("start")

ready = False
not ready = True
print(ready)
