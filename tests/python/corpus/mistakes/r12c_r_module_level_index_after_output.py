# A module-level loop that prints a few lines before its IndexError.
scores = [91, 78, 85]
names = ["Ann", "Bob", "Cid", "Dee"]
for i in range(len(names)):
    print(f"{names[i]:<5}{scores[i]:>4}")
print("end")
