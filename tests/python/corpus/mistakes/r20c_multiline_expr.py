# error in an expression spanning lines inside parentheses
prices = {"apple": 3, "pear": 4}
qty = {"apple": 2}
total = (
    prices["apple"] * qty["apple"]
    + prices["pear"] * qty["pear"]
)
