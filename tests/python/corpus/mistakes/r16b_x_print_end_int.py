# print's end given a number
for i in range(3):
    print(i, end=0)
