@org.springframework.modulith.NamedInterface("db")
package com.activationdesk.base.db;
