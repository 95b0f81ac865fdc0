// A constant declared again as a variable can be changed by later cells.
let limit = 3
print(limit)
// %% cell
var limit = 10
limit += 1
print(limit)
// %% cell
limit *= 2
print(limit)
