# A variable deleted in one branch and used afterwards.
def tidy(items):
    temp = sorted(items)
    if len(temp) > 3:
        del temp
    return temp[:2]

print(tidy([3, 1, 2]))
print(tidy([5, 4, 3, 2, 1]))
