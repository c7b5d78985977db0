# A parameter named after a keyword.
def make_student(name, class):
    return {"name": name, "class": class}

print(make_student("Ann", "3B"))
