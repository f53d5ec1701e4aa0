// Fake `User` (Session.getActiveUser, Spreadsheet.getEditors, Protection.getEditors).
import { SERVICE, type ServiceObject } from "./counting";

/** A user known by e-mail ("" when the account gives none). */
export class FakeUser implements ServiceObject {
  readonly [SERVICE] = "User";
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  getUserLoginId(): string {
    return this.email;
  }
}
