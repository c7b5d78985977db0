# JavaScript habits: true, null, and Print with a capital
values = []
for text in ["yes", "no"]:
    try:
        values.append(eval(text.replace("yes", "true").replace("no", "null")))
    except NameError as e:
        print("NameError:", e)
Print(values)
