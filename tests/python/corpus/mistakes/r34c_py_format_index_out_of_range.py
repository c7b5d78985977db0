# A str.format template with more placeholders than arguments
template = "{} scored {} points in {} games"
players = [("ana", 30, 5), ("bo", 12)]
for p in players:
    print(template.format(*p))
