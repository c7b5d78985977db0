items = 7
people = 2
share = items / people
print("each gets", share)
print("floor:", items // people, "rest:", items % people)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(int(-3.5), -7 / 2, round(-3.5))
names = ["a", "b", "c", "d", "e"]
middle = len(names) / 2
print(names[middle])
