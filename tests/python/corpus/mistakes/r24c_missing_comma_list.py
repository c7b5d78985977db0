# r24c_missing_comma_list: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
tasks = ["wash" "dry" "fold"]
print(len(tasks))
delays = [0.1 0.2 0.3]
