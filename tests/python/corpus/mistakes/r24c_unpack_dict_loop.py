scores = {"ann": 90, "bob": 72}
for name, score in scores:
    print(name, score)
