# A list that contains itself prints as [...], then an error on its length
box = [1, 2]
box.append(box)
print(box)
print(len(box[2][2][2]))
print(box[3])
