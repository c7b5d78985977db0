# bad format spec in f-string
value = "text"
n = 3.14159
print(f"{n:.2f}")
print(f"{value:.2f}")
