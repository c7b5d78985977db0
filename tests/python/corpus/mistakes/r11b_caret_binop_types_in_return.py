# Building a label where one part is an int: which + fails?
def label(item):
    return item["code"] + "-" + item["size"] + "/" + item["colour"]

print(label({"code": "T1", "size": "M", "colour": "red"}))
print(label({"code": "T2", "size": 42, "colour": "blue"}))
