# A method chain on a line of text, failing at an index.
lines = ["alice, 30, oslo", "bob, 25"]
for line in lines:
    city = line.strip().split(",")[2].strip().title()
    print(city)
