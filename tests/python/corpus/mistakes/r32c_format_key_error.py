# str.format with a placeholder name that does not match the keyword.
template = "Dear {name}, your order {order_id} has shipped."
print(template.format(name="Ann", order_id=17))
print(template.format(nmae="Bob", order_id=18))
# (the learner's program ends here)
