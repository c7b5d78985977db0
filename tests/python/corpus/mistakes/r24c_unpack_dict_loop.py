# r24c_unpack_dict_loop: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
scores = {"ann": 90, "bob": 72}
for name, score in scores:
    print(name, score)
