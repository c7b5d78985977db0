# Deleting the last key on the last pass of the loop.
scores = {"ann": 3, "bob": 0}
for name in scores:
    print("checking", name)
    if scores[name] == 0:
        del scores[name]
print(scores)
