# print's end given a number
print("== print end int ==")

for i in range(3):
    print(i, end=0)
