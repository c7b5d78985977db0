# Filling a message template where one placeholder is missing
from string import Template

t = Template("Hello $name, your order $order_id ships ${when}.")
print(t.safe_substitute(name="ana"))
print(t.substitute(name="ana", order_id=7, when="today"))
print(t.substitute(name="bo", when="soon"))
