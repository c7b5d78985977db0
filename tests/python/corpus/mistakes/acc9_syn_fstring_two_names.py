# Two names in one f-string field.
print("start")

first, last = "Ada", "Lovelace"
print(f"{first last}")
