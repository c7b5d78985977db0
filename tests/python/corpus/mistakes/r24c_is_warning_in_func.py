def classify(x):
    if x is 0:
        return "zero"
    if x is "":
        return "empty"
    return "other"

print("start")
print(classify(0), classify(""), classify(5))
