"""Moving data between computers: the .pim file (export, preview, import), the contribution."""
